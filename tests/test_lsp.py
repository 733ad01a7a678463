"""`scriptlint lsp` end to end: a real server process driven by pytest-lsp's client."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="needs the lsp-test extra: pip install -e '.[lsp-test]'")

from lsprotocol import types  # noqa: E402
from pygls.workspace import TextDocument  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

EMOJI = "\U0001F600"
CONFIG = types.ClientCapabilities


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "scriptlint", "lsp"]))
async def client(lsp_client: LanguageClient, tmp_path, request):
    options = getattr(request, "param", None) or {"debounce": 50}
    (tmp_path / "ws").mkdir()
    root = tmp_path / "ws"
    lsp_client.root = root
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):  # the server asks to be told of config edits
        lsp_client.registrations += params.registrations

    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), initialization_options=options,
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")]))
    yield
    if lsp_client._server is not None and lsp_client._server.returncode is None:
        await lsp_client.shutdown_session()


class Editor:
    """The client side of one open document: its text and version, changed as an editor would."""

    def __init__(self, client: LanguageClient, path, text: str, language: str = "plaintext"):
        self.client, self.uri, self.version = client, path.as_uri(), 1
        path.write_text(text, encoding="utf-8", newline="")
        self.doc = TextDocument(self.uri, text, version=1)
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=self.uri, language_id=language, version=1, text=text)))

    def apply(self, edit: types.WorkspaceEdit) -> None:
        """Apply a workspace edit (pygls's own UTF-16 arithmetic, not the server's) and send it."""
        if edit.document_changes:
            (change,) = edit.document_changes
            assert change.text_document.version == self.version  # the edit is for what the editor holds
            edits = change.edits
        else:
            edits = edit.changes[self.uri]
        events = [types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                  for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)]
        self.change(events)

    def change(self, events) -> None:
        for event in events:
            self.doc.apply_change(event)
        self.version += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version), events))

    def replace_all(self, text: str) -> None:
        self.change([types.TextDocumentContentChangeWholeDocument(text=text)])

    @property
    def text(self) -> str:
        return self.doc.source


async def diagnostics(client: LanguageClient, uri: str, until=lambda ds: True, timeout: float = 30) -> list[types.Diagnostic]:
    """The document's diagnostics once `until(them)` holds (waiting for publications)."""

    async def wait():
        while uri not in client.diagnostics or not until(list(client.diagnostics[uri])):
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return list(client.diagnostics[uri])

    return await asyncio.wait_for(wait(), timeout)


def spans(ds) -> list[tuple]:
    return sorted((d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in ds)


def rules(ds) -> set[str]:
    return {d.code for d in ds}


async def actions(client, editor: Editor, d: types.Diagnostic, only=None) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(editor.uri), range=d.range,
        context=types.CodeActionContext(diagnostics=[d], only=only))) or []


@pytest.mark.asyncio
async def test_diagnostics_have_exact_utf16_ranges_rule_codes_and_doc_links(client: LanguageClient):
    text = f"您好，我是客服小王。\n{EMOJI}{EMOJI}你这个老赖赶紧还钱\r\n再不还钱我们就上门找你\n"
    editor = Editor(client, client.root / "script.txt", text)
    ds = await diagnostics(client, editor.uri, lambda ds: len(ds) >= 2)
    # 老赖 sits after two emoji (4 UTF-16 units) and 你这个; the CRLF line ends before \r
    assert spans(ds) == [("insult.laolai", 1, 7, 1, 9), ("threat.visit-stalking", 2, 6, 2, 9)]
    laolai = next(d for d in ds if d.code == "insult.laolai")
    assert laolai.severity == types.DiagnosticSeverity.Error and laolai.source == "scriptlint"
    assert laolai.code_description.href.endswith("rules.md#insult.laolai")
    assert laolai.code_description.href.startswith("file://")


@pytest.mark.asyncio
async def test_the_rewrite_action_applies_and_the_diagnostic_clears(client: LanguageClient):
    editor = Editor(client, client.root / "fix.txt", f"{EMOJI}你这个老赖赶紧还钱\n")
    (d,) = await diagnostics(client, editor.uri, lambda ds: len(ds) == 1)
    found = await actions(client, editor, d, only=[types.CodeActionKind.QuickFix])
    titles = [a.title for a in found]
    assert titles == ["Rewrite “你这个老赖” → “您” (insult.laolai)", "Suppress insult.laolai on this line",
                      "Explain rule insult.laolai"]
    editor.apply(found[0].edit)
    assert editor.text == f"{EMOJI}您赶紧还钱\n"
    assert await diagnostics(client, editor.uri, lambda ds: not ds) == []


@pytest.mark.asyncio
async def test_suppress_on_this_line_uses_the_file_types_comment(client: LanguageClient):
    script = Editor(client, client.root / "a.txt", "你这个老赖赶紧还钱\r\n下一行\r\n")
    training = Editor(client, client.root / "b.md", "# 培训\n\n你这个老赖赶紧还钱\n", "markdown")
    for editor, expected in (
            (script, "你这个老赖赶紧还钱  # scriptlint-disable-line insult.laolai\r\n下一行\r\n"),
            (training, "# 培训\n\n你这个老赖赶紧还钱 <!-- scriptlint-disable-line insult.laolai -->\n")):
        (d,) = await diagnostics(client, editor.uri, lambda ds: len(ds) == 1)
        suppress = next(a for a in await actions(client, editor, d) if a.title.startswith("Suppress"))
        editor.apply(suppress.edit)
        assert editor.text == expected
        assert await diagnostics(client, editor.uri, lambda ds: not ds) == []


@pytest.mark.asyncio
async def test_fix_all_and_explain(client: LanguageClient):
    editor = Editor(client, client.root / "all.txt", "你这个老赖赶紧还钱\n老赖，赶紧还钱\n")
    ds = await diagnostics(client, editor.uri, lambda ds: len(ds) == 2)
    fix_all = await actions(client, editor, ds[0], only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in fix_all] == ["source.fixAll.scriptlint"]
    titles = [a.title for a in await actions(client, editor, ds[0])]
    assert "Explain rule insult.laolai" in titles
    # (lsprotocol's client reads any code action carrying a `command` as a bare Command, so the
    # command is run by name here, with the arguments the action carries)
    text = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="scriptlint.explainRule", arguments=[editor.uri, "insult.laolai"]))
    assert text.startswith("insult.laolai") and "违规示例" in text
    assert client.messages[-1].message == text
    editor.apply(fix_all[0].edit)
    assert editor.text == "您赶紧还钱\n客户，赶紧还钱\n"
    assert await diagnostics(client, editor.uri, lambda ds: not ds) == []


@pytest.mark.asyncio
async def test_hover_shows_message_rationale_source_and_rewrite(client: LanguageClient):
    editor = Editor(client, client.root / "hover.txt", f"{EMOJI}你这个老赖赶紧还钱\n")
    (d,) = await diagnostics(client, editor.uri, lambda ds: len(ds) == 1)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(editor.uri), position=types.Position(0, 6)))
    value = hover.contents.value
    assert value.startswith("**insult\\.laolai** · error")
    assert "*依据*" in value and "*改写*: 你这个老赖 → 您" in value
    assert hover.range == d.range
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(editor.uri), position=types.Position(0, 10)))
    assert nothing is None


@pytest.mark.asyncio
async def test_config_change_on_disk_changes_the_diagnostics(client: LanguageClient):
    editor = Editor(client, client.root / "c.txt", "你这个老赖赶紧还钱\n再不还钱我们就上门找你\n")
    await diagnostics(client, editor.uri, lambda ds: rules(ds) == {"insult.laolai", "threat.visit-stalking"})
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    config = client.root / ".scriptlint.yaml"
    config.write_text("ignore: [insult]\nseverity: {threat: warning}\n", encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
    (d,) = await diagnostics(client, editor.uri, lambda ds: rules(ds) == {"threat.visit-stalking"})
    assert d.severity == types.DiagnosticSeverity.Warning


@pytest.mark.asyncio
async def test_a_broken_pack_is_a_diagnostic_on_the_config_and_the_server_keeps_linting(client: LanguageClient):
    house = client.root / "house"
    house.mkdir()
    (house / "bad.yaml").write_text("rules:\n  - id: house.x\n    message: [unclosed\n", encoding="utf-8")
    config = client.root / ".scriptlint.yaml"
    config.write_text("# house rules\nrules: [house/]\n", encoding="utf-8")
    editor = Editor(client, client.root / "p.txt", "你这个老赖赶紧还钱\n")
    assert rules(await diagnostics(client, editor.uri, lambda ds: bool(ds))) == {"insult.laolai"}  # the built-in rules serve
    (problem,) = await diagnostics(client, config.as_uri())
    assert problem.range.start.line == 1 and problem.severity == types.DiagnosticSeverity.Error
    assert "bad.yaml" in problem.message and "invalid YAML" in problem.message
    (at_pack,) = await diagnostics(client, (house / "bad.yaml").as_uri())
    assert "invalid YAML" in at_pack.message
    # mended: the config's diagnostic clears
    (house / "bad.yaml").unlink()
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=(house / "bad.yaml").as_uri(), type=types.FileChangeType.Deleted)]))
    assert await diagnostics(client, config.as_uri(), lambda ds: not ds) == []


@pytest.mark.asyncio
async def test_a_broken_config_is_a_diagnostic_at_its_line(client: LanguageClient):
    config = client.root / ".scriptlint.yaml"
    config.write_text("select: [insult]\nsevertiy: {insult: info}\n", encoding="utf-8")
    editor = Editor(client, client.root / "q.txt", "你这个老赖赶紧还钱\n")
    assert rules(await diagnostics(client, editor.uri, lambda ds: bool(ds))) == {"insult.laolai"}
    (problem,) = await diagnostics(client, config.as_uri())
    assert problem.range.start.line == 1 and "unknown key" in problem.message


@pytest.mark.asyncio
async def test_call_exports_malformed_json_and_no_crash(client: LanguageClient):
    call = {"id": "c1", "turns": [{"speaker": "debtor", "text": "喂"}, {"speaker": "agent", "text": f"{EMOJI}你这个老赖"}]}
    raw = json.dumps(call, ensure_ascii=False, indent=1)
    export = Editor(client, client.root / "call.json", raw, "json")
    ds = await diagnostics(client, export.uri, lambda ds: "insult.laolai" in rules(ds))
    d = next(d for d in ds if d.code == "insult.laolai")
    line = raw.split("\n")[d.range.start.line]
    before = line[:line.index("老赖")]
    assert d.range.start.character == len(before.encode("utf-16-le")) // 2  # inside the JSON string, after the emoji
    broken = Editor(client, client.root / "broken.json", '{"turns": [\n  {"speaker": "agent", "text": "你好"\n', "json")
    (problem,) = await diagnostics(client, broken.uri, lambda ds: bool(ds))
    assert problem.code == "scriptlint.input" and "malformed JSON" in problem.message
    lines = Editor(client, client.root / "calls.jsonl", json.dumps(call, ensure_ascii=False) + "\n{not json\n", "jsonl")
    ds = await diagnostics(client, lines.uri, lambda ds: "scriptlint.input" in rules(ds))
    assert {(d.code, d.range.start.line) for d in ds} >= {("insult.laolai", 0), ("scriptlint.input", 1)}
    other = Editor(client, client.root / "package.json", '{"name": "x"}', "json")
    assert await diagnostics(client, other.uri) == []  # not a call export: not ours
    # still serving
    export.replace_all(raw.replace("你这个老赖", "您好"))
    assert "insult.laolai" not in rules(await diagnostics(client, export.uri, lambda ds: "insult.laolai" not in rules(ds)))


@pytest.mark.asyncio
async def test_only_the_latest_version_is_published(client: LanguageClient):
    editor = Editor(client, client.root / "v.txt", "您好\n")
    await diagnostics(client, editor.uri)
    for text in ("你这个老赖", "你这个老赖赶紧还钱\n再不还钱我们就上门找你", "再不还钱我们就上门找你"):
        editor.replace_all(text)  # faster than the debounce
    ds = await diagnostics(client, editor.uri, lambda ds: rules(ds) == {"threat.visit-stalking"})
    assert spans(ds) == [("threat.visit-stalking", 0, 6, 0, 9)]


@pytest.mark.asyncio
@pytest.mark.parametrize("client", [{"ignore": ["threat"], "debounce": 0}], indirect=True)
async def test_initialization_options_select_and_ignore(client: LanguageClient):
    editor = Editor(client, client.root / "s.txt", "你这个老赖赶紧还钱\n再不还钱我们就上门找你\n")
    assert rules(await diagnostics(client, editor.uri, lambda ds: bool(ds))) == {"insult.laolai"}


@pytest.mark.asyncio
async def test_workspace_configuration_and_its_change(client: LanguageClient):
    editor = Editor(client, client.root / "w.txt", "你这个老赖赶紧还钱\n再不还钱我们就上门找你\n")
    await diagnostics(client, editor.uri, lambda ds: len(rules(ds)) == 2)
    client.set_configuration({"select": ["threat"]}, section="scriptlint")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    assert rules(await diagnostics(client, editor.uri, lambda ds: rules(ds) == {"threat.visit-stalking"})) == {"threat.visit-stalking"}
    client.set_configuration({"select": ["no-such-rule"]}, section="scriptlint")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await asyncio.wait_for(_message(client, "no-such-rule"), 30)


async def _message(client: LanguageClient, needle: str) -> None:
    while not any(needle in m.message for m in client.messages):
        await client.wait_for_notification(types.WINDOW_SHOW_MESSAGE)


@pytest.mark.asyncio
async def test_shutdown_and_exit_cleanly(client: LanguageClient):
    editor = Editor(client, client.root / "x.txt", "你这个老赖\n")
    await diagnostics(client, editor.uri, lambda ds: bool(ds))
    await client.shutdown_session()
    assert client._server.returncode == 0


def test_the_explain_action_names_its_command_and_rule():
    """What the end-to-end test cannot see through lsprotocol's client: the action's command."""
    from scriptlint.config import Config
    from scriptlint.factory import build_engine
    from scriptlint.lsp.actions import Result, code_actions
    from scriptlint.lsp.linting import lint
    from scriptlint.lsp.positions import LineIndex

    text = "你这个老赖赶紧还钱\n"
    result = Result(3, lint(build_engine(), Config(), "/w/a.txt", text), LineIndex(text))
    found = code_actions("file:///w/a.txt", result, types.Range(types.Position(0, 3), types.Position(0, 3)), None, True)
    explain = next(a for a in found if a.command)
    assert (explain.command.command, explain.command.arguments) == ("scriptlint.explainRule", ["file:///w/a.txt", "insult.laolai"])
    assert all(a.edit.document_changes[0].text_document.version == 3 for a in found if a.edit)


def test_hover_text_from_packs_and_documents_is_inert_markdown():
    from scriptlint.lsp.actions import md

    # the control character becomes the visible text \u001b (its backslash escaped in turn)
    assert md("[点我](http://x) <b>粗</b> `码`\x1b[31m") == r"\[点我\]\(http://x\) \<b\>粗\</b\> \`码\`\\u001b\[31m"
