//! The names a program's text uses as values rather than calls, read from its tokens: a builtin
//! named as a value (`f = len`) needs the prelude's wrapper (`exceptions::BUILTIN_VALUES`), a
//! method read without a call (`obj.m`, `getattr(obj, "m")`) needs the hidden method that makes
//! its bound method (`build/bound.rs`). Tokens see past comments and string contents, which
//! a search of the text would take for uses.
#![forbid(unsafe_code)]

use rustpython_parser::lexer::lex;
use rustpython_parser::{Mode, Tok};
use std::collections::HashSet;

/// What the modules' tokens use as values.
#[derive(Default)]
pub(super) struct ValueNames {
    /// Bare names not followed by `(`: `len` in `key=len`.
    pub(super) bare: HashSet<String>,
    /// Attribute names not followed by `(`: `m` in `obj.m`.
    pub(super) attributes: HashSet<String>,
    /// The contents of string literals, for `getattr(obj, "m")`.
    pub(super) strings: HashSet<String>,
}

impl ValueNames {
    /// Adds the uses in `text`, a module the parser accepted.
    pub(super) fn add(&mut self, text: &str) {
        let tokens: Vec<Tok> = lex(text, Mode::Module).filter_map(|t| t.ok()).map(|(t, _)| t).collect();
        for (i, tok) in tokens.iter().enumerate() {
            match tok {
                Tok::Name { name } if tokens.get(i + 1) != Some(&Tok::Lpar) => {
                    let set = if i > 0 && tokens[i - 1] == Tok::Dot { &mut self.attributes } else { &mut self.bare };
                    set.insert(name.clone());
                }
                Tok::String { value, .. } => {
                    self.strings.insert(value.clone());
                }
                _ => {}
            }
        }
    }

    /// Whether attribute `name` may be read as a value: `obj.name`, or named by a string.
    pub(super) fn attribute(&self, name: &str) -> bool {
        self.attributes.contains(name) || self.strings.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> ValueNames {
        let mut v = ValueNames::default();
        v.add(text);
        v
    }

    #[test]
    fn calls_comments_and_strings_are_no_values() {
        let v = names("# an int and a str\nn = len(xs) + len (ys)\nprint('len', str.upper)\nf = obj.run\ng = getattr(o, 'stop')\nobj.go(1)\n");
        assert!(!v.bare.contains("int") && !v.bare.contains("len"));
        assert!(v.bare.contains("str") && v.attribute("run") && v.attribute("stop") && v.attribute("upper"));
        assert!(!v.attribute("go"));
    }
}
