"""`scriptlint lsp`: the language server (pygls), over standard input and output.

- Diagnostics on open and save at once, on change after a pause (`debounce`, 250 ms); a lint runs
  on one worker thread, never on the event loop, and a result for a version the editor has
  already left is dropped.
- One warm engine per workspace folder (`workspace.Folder`); its config and packs are re-read
  when they change on disk (file-watch events, a saved YAML file, or the stat before each lint).
  What does not load is a diagnostic on the config (and on the pack at fault), never a crash.
- Settings: `initializationOptions` and `workspace/configuration` (section `scriptlint`):
  `select`, `ignore`; `initializationOptions` only: `debounce` (ms), `docsUrl` (where docs/rules.md
  is published, for the rule links; default: the installed file)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..docs import explain_text
from . import actions
from .actions import Result
from .linting import Linted, Problem, lint
from .positions import LineIndex
from .workspace import Folder, Settings

DEBOUNCE_MS = 250
CLIENT_TIMEOUT = 10  # seconds to wait for the editor's answer to a request of ours
CONFIG_SUFFIXES = (".yaml", ".yml")
log = logging.getLogger("scriptlint.lsp")


class ScriptlintServer(LanguageServer):
    def __init__(self):
        super().__init__("scriptlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.settings = Settings()
        self.folder_settings: dict[str, Settings] = {}
        self.folders: dict[str, Folder] = {}
        self.results: dict[str, Result] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.tasks: set[asyncio.Task] = set()
        self.debounce = DEBOUNCE_MS / 1000
        self.docs_url: str | None = None
        self.notes: list[str] = []  # settings problems to show once initialized
        self.problem_uris: set[str] = set()  # files holding config/pack diagnostics now
        self.shown: set[str] = set()
        # one thread: lints are serialised (the engine is not shared between threads) and never block the loop
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scriptlint-lint")

    # -- where a document belongs ------------------------------------------------------------

    def encoding(self) -> str:
        enc = self.workspace.position_encoding
        return str(getattr(enc, "value", enc) or "utf-16")

    def folder_for(self, uri: str) -> Folder:
        path = _path(uri)
        roots = [p for f in self.workspace.folders.values() if (p := _path(f.uri))]
        inside = [r for r in roots if path and (path == r or path.startswith(r.rstrip(os.sep) + os.sep))]
        if inside:
            root = max(inside, key=len)
        elif path:
            root = os.path.dirname(path)
        else:
            root = _path(self.workspace.root_uri or "") or os.getcwd()
        folder = self.folders.get(root)
        if folder is None:
            folder = self.folders[root] = Folder(root, self.folder_settings.get(root, self.settings))
        return folder

    def spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # -- linting -------------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds; a newer request for it replaces this one."""
        old = self.timers.pop(uri, None)
        if old is not None:
            old.cancel()
        if delay <= 0:
            self.spawn(self.lint_now(uri))
        else:
            self.timers[uri] = asyncio.get_running_loop().call_later(delay, lambda: self.spawn(self.lint_now(uri)))

    async def lint_now(self, uri: str) -> Result | None:
        self.timers.pop(uri, None)
        doc = self.workspace.text_documents.get(uri)
        if doc is None or _is_config(uri):
            return None
        folder = self.folder_for(uri)
        version, text = doc.version, doc.source
        name = _path(uri) or uri
        job = (folder, name, text, doc.language_id or "", self.encoding(), self.docs_url)
        result, diagnostics, reloaded = await asyncio.get_running_loop().run_in_executor(self.pool, _lint_job, *job)
        if reloaded:
            self.publish_load_problems()
            self.relint_folder(folder, but=uri)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return None  # the editor has moved on: a newer lint is coming
        result.version = version
        self.results[uri] = result
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))
        return result

    async def result_for(self, uri: str) -> Result | None:
        """The lint of the document's current version (linting it now if there is none)."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return None
        result = self.results.get(uri)
        if result is not None and result.version == doc.version:
            return result
        return await self.lint_now(uri)

    def relint_folder(self, folder: Folder, but: str | None = None) -> None:
        for uri in list(self.workspace.text_documents):
            if uri != but and self.folder_for(uri) is folder:
                self.schedule(uri, 0)

    async def refresh_all(self, force: bool = False) -> None:
        """Re-read every folder's config and packs; re-lint the documents of those that changed."""
        loop = asyncio.get_running_loop()
        for folder in list(self.folders.values()):
            if await loop.run_in_executor(self.pool, _refresh_job, folder, force):
                self.relint_folder(folder)
        self.publish_load_problems()

    def publish_load_problems(self) -> None:
        """Config and pack problems of every folder as diagnostics on those files; settings
        problems (no file) as a message, once each."""
        by_uri: dict[str, list[types.Diagnostic]] = {}
        for folder in self.folders.values():
            for p in folder.problems:
                if p.path is None:
                    self.tell(p.message)
                else:
                    uri = _uri(p.path)
                    by_uri.setdefault(uri, []).append(actions.load_problem_diagnostic(p.line, p.message))
        for uri in self.problem_uris - by_uri.keys():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        for uri, diagnostics in by_uri.items():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
        self.problem_uris = set(by_uri)

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        if message not in self.shown:
            self.shown.add(message)
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))


def read_options(ls: ScriptlintServer, options) -> None:
    """`initializationOptions`: select/ignore (problems shown once initialized), debounce, docsUrl."""
    settings, problem = Settings.parse(options)
    ls.settings = settings
    if problem:
        ls.notes.append(problem)
    if not isinstance(options, dict):
        return
    debounce = options.get("debounce")
    if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10_000:
        ls.debounce = debounce / 1000
    docs_url = options.get("docsUrl")
    if isinstance(docs_url, str) and docs_url.startswith(("https://", "http://", "file://")):
        ls.docs_url = docs_url.rstrip("#")


async def fetch_settings(ls: ScriptlintServer) -> None:
    """Per-folder settings from the client (`workspace/configuration`, section `scriptlint`)."""
    caps = ls.client_capabilities.workspace
    folders = list(ls.workspace.folders.values())
    if not (caps and caps.configuration and folders):
        return
    items = [types.ConfigurationItem(scope_uri=f.uri, section="scriptlint") for f in folders]
    try:
        answers = await asyncio.wait_for(ls.workspace_configuration_async(types.ConfigurationParams(items=items)), CLIENT_TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - a client that cannot answer keeps the initial settings
        log.warning("workspace/configuration failed: %s", exc)
        return
    for f, answer in zip(folders, answers or [], strict=False):
        if not answer:
            continue
        settings, problem = Settings.parse(answer)
        if problem:
            ls.tell(problem)
            continue
        root = _path(f.uri)
        ls.folder_settings[root] = settings
        if root in ls.folders:
            ls.folders[root].settings = settings  # takes effect at the next (forced) refresh


async def watch_files(ls: ScriptlintServer) -> None:
    """Ask the editor to report YAML files changing (configs and packs), when it can."""
    caps = ls.client_capabilities.workspace
    watched = caps.did_change_watched_files if caps else None
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern="**/*.{yaml,yml}")])
    registration = types.Registration(id="scriptlint-config-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                      register_options=options)
    try:
        await asyncio.wait_for(ls.client_register_capability_async(types.RegistrationParams(registrations=[registration])),
                               CLIENT_TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - without watch events the stat before each lint still sees changes
        log.warning("could not register file watching: %s", exc)


def _lint_job(folder: Folder, name: str, text: str, language_id: str, encoding: str, docs_url: str | None):
    """On the lint thread: refresh the folder, lint, build the diagnostics. A bug here is a
    diagnostic on the document, not a dead server."""
    reloaded = False
    index = LineIndex(text, encoding)
    try:
        reloaded = folder.refresh()
        linted = lint(folder.engine, folder.cfg, name, text, language_id)
    except Exception as exc:  # noqa: BLE001
        log.exception("lint failed")
        linted = Linted(text, problems=[Problem(f"scriptlint internal error: {type(exc).__name__}: {exc}", 0, 0, "error")])
    result = Result(None, linted, index)
    return result, actions.diagnostics(result, folder.engine.ruleset if folder.engine else _NoRules(), docs_url), reloaded


def _refresh_job(folder: Folder, force: bool) -> bool:
    try:
        return folder.refresh(force)
    except Exception:  # noqa: BLE001
        log.exception("reloading the config failed")
        return False


class _NoRules:
    def get(self, rule_id):
        return None


def _path(uri: str) -> str | None:
    if not uri.startswith("file:"):
        return None
    from pygls.uris import to_fs_path

    return to_fs_path(uri)


def _uri(path: str) -> str:
    from pygls.uris import from_fs_path

    return from_fs_path(os.path.abspath(path)) or path


def _is_config(uri: str) -> bool:
    return uri.lower().endswith(CONFIG_SUFFIXES)


server = ScriptlintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: ScriptlintServer, params: types.InitializeParams) -> None:
    read_options(ls, params.initialization_options)


@server.feature(types.INITIALIZED)
async def initialized(ls: ScriptlintServer, params: types.InitializedParams) -> None:
    for note in ls.notes:
        ls.tell(note)
    await watch_files(ls)
    await fetch_settings(ls)
    for f in ls.workspace.folders.values():  # warm the engines before the first document arrives
        if root := _path(f.uri):
            ls.folders.setdefault(root, Folder(root))
    for root, folder in ls.folders.items():
        folder.settings = ls.folder_settings.get(root, ls.settings)
    await ls.refresh_all(force=True)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ScriptlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ScriptlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: ScriptlintServer, params: types.DidSaveTextDocumentParams) -> None:
    if _is_config(params.text_document.uri):
        ls.spawn(ls.refresh_all())
    else:
        ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ScriptlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    timer = ls.timers.pop(uri, None)
    if timer is not None:
        timer.cancel()
    ls.results.pop(uri, None)
    if uri not in ls.problem_uris:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(ls: ScriptlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    await ls.refresh_all()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: ScriptlintServer, params: types.DidChangeConfigurationParams) -> None:
    caps = ls.client_capabilities.workspace
    if caps and caps.configuration:
        await fetch_settings(ls)
    elif isinstance(params.settings, dict) and "scriptlint" in params.settings:
        settings, problem = Settings.parse(params.settings["scriptlint"])
        if problem:
            ls.tell(problem)
        else:
            ls.settings = settings
            for folder in ls.folders.values():
                folder.settings = settings
    await ls.refresh_all(force=True)


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
    code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll, actions.FIX_ALL]))
async def code_action(ls: ScriptlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    result = await ls.result_for(params.text_document.uri)
    if result is None:
        return None
    caps = ls.client_capabilities.workspace
    versioned = bool(caps and caps.workspace_edit and caps.workspace_edit.document_changes)
    return actions.code_actions(params.text_document.uri, result, params.range, params.context.only, versioned) or None


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: ScriptlintServer, params: types.HoverParams) -> types.Hover | None:
    result = await ls.result_for(params.text_document.uri)
    if result is None:
        return None
    engine = ls.folder_for(params.text_document.uri).engine
    return actions.hover(result, params.position.line, params.position.character, engine.ruleset if engine else _NoRules())


@server.command(actions.EXPLAIN)
def explain_rule(ls: ScriptlintServer, uri: str, rule_id: str) -> str | None:
    """The rule's explanation (as `scriptlint explain` prints it), shown as a message and returned."""
    engine = ls.folder_for(uri).engine
    rule = engine.ruleset.get(rule_id) if engine else None
    if rule is None:
        ls.tell(f"scriptlint: no rule {rule_id!r}")
        return None
    text = explain_text(rule)
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=text))
    return text


@server.feature(types.SHUTDOWN)
def shutdown(ls: ScriptlintServer, params) -> None:
    for timer in ls.timers.values():
        timer.cancel()
    ls.timers.clear()
    ls.pool.shutdown(wait=False, cancel_futures=True)


def serve() -> None:
    """Speak LSP on stdin/stdout. Whatever else writes to stdout (a library's print) is sent to
    stderr instead, so it cannot corrupt the protocol stream."""
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="scriptlint lsp: %(levelname)s %(message)s")
    server.start_io(sys.stdin.buffer, protocol_out)
