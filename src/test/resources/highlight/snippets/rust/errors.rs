use std::io::{self, Read};

#[derive(Debug)]
enum AppError {
    Io(io::Error),
    Parse { line: usize, msg: String },
}

impl From<io::Error> for AppError {
    fn from(e: io::Error) -> Self { AppError::Io(e) }
}

async fn read_all(mut r: impl Read) -> Result<String, AppError> {
    let mut s = String::new();
    r.read_to_string(&mut s)?;
    if s.is_empty() {
        return Err(AppError::Parse { line: 0, msg: r#"empty "input""#.to_owned() });
    }
    /* nested /* comment */ here */
    Ok(s)
}
