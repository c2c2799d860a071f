//! User-facing diagnostics: one type for every stage, with a stable code, a span, and a hint,
//! rendered like rustc's (`error[E0201]: ...`, `--> file:line:col`, the line and a caret).
#![forbid(unsafe_code)]

use crate::source::{SourceMap, Span};
use std::fmt::Write;

/// Stable codes. The first digit says which stage stopped: 1 parse, 2 flow, 3 annotate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The parser rejected the file.
    Syntax,
    /// A construct this version does not compile yet.
    Unsupported,
    /// A name that is neither local, global, nor builtin.
    UndefinedName,
    /// A call whose arguments do not fit the callee.
    BadCall,
    /// One variable, element or result would need two different types.
    MixedTypes,
    /// An operation the types do not support, found statically.
    BadOperation,
    /// An `import` of a module that is not in the program's folder.
    NoModule,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "E0101",
            Code::Unsupported => "E0201",
            Code::UndefinedName => "E0202",
            Code::BadCall => "E0203",
            Code::NoModule => "E0204",
            Code::MixedTypes => "E0301",
            Code::BadOperation => "E0302",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { code, span, message: message.into(), help: None }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// A construct we do not compile yet, with what to do instead.
    pub fn unsupported(span: Span, construct: &str, help: &str) -> Diagnostic {
        Diagnostic::new(Code::Unsupported, span, format!("unsupported construct: {construct}"))
            .with_help(help)
    }

    /// Renders the diagnostic with its source line and a caret under the span.
    pub fn render(&self, sources: &SourceMap) -> String {
        let file = sources.file_of(self.span.start);
        let (line, col) = file.line_col(self.span.start);
        let text = file.line_text(line);
        let (end_line, end_col) = file.line_col(self.span.end.max(self.span.start));
        // A span over several lines (a whole `class` statement) underlines the rest of its first line.
        let width = if end_line == line {
            (end_col.saturating_sub(col) as usize).max(1)
        } else {
            text.chars().count().saturating_sub(col as usize - 1).max(1)
        };
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        let mut out = String::new();
        let _ = writeln!(out, "error[{}]: {}", self.code.as_str(), self.message);
        let _ = writeln!(out, "{pad}--> {}:{line}:{col}", file.path);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{line} | {text}");
        let _ = writeln!(out, "{pad} | {}{}", " ".repeat(col as usize - 1), "^".repeat(width));
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
}
