//! A conversation's messages, kept in the runs they were read in.
//!
//! A long conversation is read in parts of about 512 KB of JSON (`split::PART_BYTES`), on
//! several threads, and its parts arrive in order. Gathering them into one `Vec` made it
//! grow by doubling: a 12,000-exchange thread (24,000 messages of 336 bytes) ended in a
//! `Vec` of room for 38,400, 4.8 MB of it empty, and copied 8 MB at its last growth, while
//! the rest of the export was being read (issue 14). Here each part's run is kept as it
//! is, trimmed to its length, and an index finds its run by binary search among the runs'
//! starts (one run for all but long conversations).

use std::fmt;
use std::ops::{Index, IndexMut};

use super::Message;

/// The messages of a conversation, in document order; indexed like a slice.
#[derive(Clone, Default)]
pub struct Messages {
    runs: Vec<Vec<Message>>,
    /// The index of each run's first message.
    starts: Vec<usize>,
    len: usize,
}

impl Messages {
    /// No messages, with room for `room` in one run (none for 0).
    pub(crate) fn with_capacity(room: usize) -> Messages {
        if room == 0 {
            return Messages::default();
        }
        Messages {
            runs: vec![Vec::with_capacity(room)],
            starts: vec![0],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&Message> {
        let (run, at) = self.locate(i)?;
        Some(&self.runs[run][at])
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Message> {
        let (run, at) = self.locate(i)?;
        Some(&mut self.runs[run][at])
    }

    pub fn iter(&self) -> std::iter::Flatten<std::slice::Iter<'_, Vec<Message>>> {
        self.runs.iter().flatten()
    }

    pub fn iter_mut(&mut self) -> std::iter::Flatten<std::slice::IterMut<'_, Vec<Message>>> {
        self.runs.iter_mut().flatten()
    }

    /// Adds a message after the others (to the last run).
    pub(crate) fn push(&mut self, message: Message) {
        match self.runs.last_mut() {
            Some(run) => run.push(message),
            None => {
                self.runs.push(vec![message]);
                self.starts.push(0);
            }
        }
        self.len += 1;
    }

    /// Adds `more` after these, as runs of their own, each trimmed to its length.
    pub(crate) fn append(&mut self, more: Messages) {
        for mut run in more.runs {
            if run.is_empty() {
                continue;
            }
            run.shrink_to_fit();
            self.starts.push(self.len);
            self.len += run.len();
            self.runs.push(run);
        }
    }

    /// Gives back room the runs do not use (once reading is done).
    pub(crate) fn trim(&mut self) {
        for run in &mut self.runs {
            run.shrink_to_fit();
        }
    }

    /// (run, index in it) of message `i`.
    fn locate(&self, i: usize) -> Option<(usize, usize)> {
        if i >= self.len {
            return None;
        }
        let run = match self.starts.len() {
            1 => 0,
            _ => self.starts.partition_point(|&s| s <= i) - 1,
        };
        Some((run, i - self.starts[run]))
    }
}

/// A list, whatever the runs: two reads of the same messages in different parts look the same.
impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Index<usize> for Messages {
    type Output = Message;

    fn index(&self, i: usize) -> &Message {
        match self.get(i) {
            Some(m) => m,
            None => panic!("message {i} of {}", self.len),
        }
    }
}

impl IndexMut<usize> for Messages {
    fn index_mut(&mut self, i: usize) -> &mut Message {
        let len = self.len;
        match self.get_mut(i) {
            Some(m) => m,
            None => panic!("message {i} of {len}"),
        }
    }
}

impl<'a> IntoIterator for &'a Messages {
    type Item = &'a Message;
    type IntoIter = std::iter::Flatten<std::slice::Iter<'a, Vec<Message>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Messages {
    type Item = &'a mut Message;
    type IntoIter = std::iter::Flatten<std::slice::IterMut<'a, Vec<Message>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl From<Vec<Message>> for Messages {
    fn from(run: Vec<Message>) -> Messages {
        let mut messages = Messages::default();
        messages.append(Messages {
            len: run.len(),
            starts: vec![0],
            runs: vec![run],
        });
        messages
    }
}

impl FromIterator<Message> for Messages {
    fn from_iter<I: IntoIterator<Item = Message>>(iter: I) -> Messages {
        Messages::from(iter.into_iter().collect::<Vec<_>>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` messages with ids `{prefix}0`, `{prefix}1`…
    fn run(prefix: &str, n: usize) -> Messages {
        let json = r#"{"id":"c","mapping":{"a":{"parent":null,"message":{"id":"a",
            "author":{"role":"user"},"content":{"content_type":"text","parts":["hi"]}}}}}"#;
        let raw = super::super::parse_conversation(json.as_bytes()).expect("parses");
        let one = super::super::Conversation::from_raw(raw, 0).messages[0].clone();
        (0..n)
            .map(|i| Message {
                id: format!("{prefix}{i}"),
                ..one.clone()
            })
            .collect()
    }

    fn ids(m: &Messages) -> Vec<String> {
        m.iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn runs_read_in_parts_index_like_one_list() {
        let mut all = run("a", 3);
        all.append(run("b", 0));
        all.append(run("c", 2));
        all.push(run("d", 1).iter().next().expect("one").clone());
        all.append(run("e", 1));
        assert_eq!(ids(&all), ["a0", "a1", "a2", "c0", "c1", "d0", "e0"]);
        assert_eq!(all.len(), 7);
        let by_index: Vec<&str> = (0..all.len()).map(|i| all[i].id.as_str()).collect();
        assert_eq!(by_index, ["a0", "a1", "a2", "c0", "c1", "d0", "e0"]);
        assert!(all.get(7).is_none());
        all[4].id = "changed".into();
        assert_eq!(all.get(4).map(|m| m.id.as_str()), Some("changed"));
        for m in &mut all {
            m.on_thread = true;
        }
        assert!((&all).into_iter().all(|m| m.on_thread));
        all.trim();
        assert_eq!(all.iter().count(), 7);
    }

    #[test]
    fn an_empty_list_has_no_message() {
        let mut none = Messages::default();
        assert!(none.is_empty());
        assert!(none.get(0).is_none());
        none.append(run("x", 0));
        assert!(none.is_empty() && none.iter().next().is_none());
    }
}
