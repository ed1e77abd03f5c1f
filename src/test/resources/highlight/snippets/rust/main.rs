use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    title: String,
    tags: Vec<String>,
    draft: bool,
}

impl fmt::Display for Post {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} tags)", self.title, self.tags.len())
    }
}

fn main() {
    let mut index: HashMap<&str, Vec<&Post>> = HashMap::new();
    let posts = vec![Post { title: "Hi".into(), tags: vec![], draft: false }];
    for p in &posts {
        index.entry("all").or_default().push(p);
    }
    println!("{:?}", index.len());
}
