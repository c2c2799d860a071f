//! Source files and positions: the byte offsets the parser reports, turned into the
//! `file:line:column` that users read in diagnostics and tracebacks.
//!
//! A program is several files (its modules), so offsets live in one global space, as in rustc's
//! source map: every file added to the [`SourceMap`] gets a disjoint range of `u32` offsets, and
//! the parser is started at the file's base. A [`Span`] is therefore two `u32`s that name their
//! file too; [`SourceMap::file_of`] finds it.
#![forbid(unsafe_code)]

/// A byte range in the program's [`SourceMap`] (so in one of its files).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
}

impl From<rustpython_parser::text_size::TextRange> for Span {
    fn from(range: rustpython_parser::text_size::TextRange) -> Span {
        Span::new(range.start().into(), range.end().into())
    }
}

/// One Python source file with a line index. Its offsets start at `base` (0 for a file on its
/// own).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user gave it (the main file) or as it was found from there (a module);
    /// diagnostics print it so.
    pub path: String,
    pub text: String,
    /// The global offset of the file's first byte.
    pub base: u32,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile::at(path.into(), text.into(), 0)
    }

    fn at(path: String, text: String, base: u32) -> SourceFile {
        let mut line_starts = vec![base];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(base + i as u32 + 1);
            }
        }
        SourceFile { path, text, base, line_starts }
    }

    /// The span of the whole file.
    pub fn span(&self) -> Span {
        Span::new(self.base, self.base + self.text.len() as u32)
    }

    /// The 1-based line of a (global) byte offset in this file.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => (i as u32).max(1),
        }
    }

    /// The 1-based line and column (in characters) of a (global) byte offset in this file.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = (self.line_starts[line as usize - 1] - self.base) as usize;
        let end = (offset.saturating_sub(self.base) as usize).min(self.text.len()).max(start);
        let col = self.text.get(start..end).map_or(0, |s| s.chars().count());
        (line, col as u32 + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = line as usize - 1;
        let local = |at: u32| (at - self.base) as usize;
        let start = self.line_starts.get(i).map_or(0, |&s| local(s));
        let end = self.line_starts.get(i + 1).map_or(self.text.len(), |&e| local(e));
        self.text.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }
}

/// Index of a file in its [`SourceMap`]; the main file is 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId(pub u32);

/// The files of a program, each at its own range of global offsets. Never empty: the main file
/// comes first.
#[derive(Clone, Debug)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// A map holding the program's main file.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceMap {
        SourceMap { files: vec![SourceFile::new(path, text)] }
    }

    /// Adds a file after the others. One offset is left between two files, so that the end of
    /// one file's last span is not the start of the next file.
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        let base = self.files.last().map_or(0, |f| f.span().end + 1);
        self.files.push(SourceFile::at(path.into(), text.into(), base));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn main(&self) -> &SourceFile {
        &self.files[0]
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The file a global offset falls in.
    pub fn file_id_of(&self, offset: u32) -> FileId {
        let after = self.files.partition_point(|f| f.base <= offset);
        FileId(after.saturating_sub(1) as u32)
    }

    pub fn file_of(&self, offset: u32) -> &SourceFile {
        self.file(self.file_id_of(offset))
    }

    /// The 1-based line of a global offset in its file.
    pub fn line_of(&self, offset: u32) -> u32 {
        self.file_of(offset).line_of(offset)
    }

    /// The 1-based line and column of a global offset in its file.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        self.file_of(offset).line_col(offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let f = SourceFile::new("a.py", "x = 1\ny = 'é'\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(6), (2, 1));
        assert_eq!(f.line_col(11), (2, 6));
        assert_eq!(f.line_text(2), "y = 'é'");
    }

    #[test]
    fn files_share_one_offset_space() {
        let mut map = SourceMap::new("main.py", "import m\n");
        let m = map.add("m.py", "a = 1\nb = 2\n");
        let base = map.file(m).base;
        assert_eq!(base, 10);
        assert_eq!(map.file_id_of(3), FileId(0));
        assert_eq!(map.file_id_of(9), FileId(0));
        assert_eq!(map.file_id_of(base + 6), m);
        assert_eq!(map.line_col(base + 6), (2, 1));
        assert_eq!(map.file(m).line_text(2), "b = 2");
    }
}
