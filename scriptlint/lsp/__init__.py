"""The language server (`scriptlint lsp`). Only `server` and `actions` import pygls/lsprotocol
(the `lsp` extra); `positions`, `linting` and `workspace` are plain scriptlint."""
