//! A running `storyline serve` on 127.0.0.1 (port chosen by the OS) and a minimal HTTP/1.1
//! client: shared by the web end-to-end tests (`tests/web.rs`) and the serve benchmark
//! (`benches/serve.rs`), which include this file with `#[path]`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running server, killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Server {
    /// Start `storyline --data DATA serve`, with `token` as the write token when given.
    pub fn start(data: &Path, token: Option<&str>) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_storyline"));
        cmd.arg("--data").arg(data).args(["serve", "--addr", "127.0.0.1:0"]);
        cmd.env_remove("STORYLINE_TOKEN").env("STORYLINE_LOG", "warn");
        if let Some(t) = token {
            cmd.env("STORYLINE_TOKEN", t);
        }
        let mut child = cmd.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().expect("start storyline serve");
        // The server names its address on stderr once it listens.
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let addr = loop {
            let line = lines.next().expect("server exited before listening").expect("read stderr");
            if let Some(rest) = line.split("on http://").nth(1) {
                break rest.split('/').next().expect("addr").parse().expect("socket address");
            }
        };
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, addr }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn request(&self, method: &str, path: &str, extra: &str, body: &str) -> (u16, String, String) {
        request(self.addr, method, path, extra, body)
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        get(self.addr, path)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One request on a new connection: (status, head, body). `extra` holds header lines, each
/// ending in `\r\n`.
pub fn request(addr: SocketAddr, method: &str, path: &str, extra: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).expect("timeout");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("http response");
    let status = head.split(' ').nth(1).and_then(|c| c.parse().ok()).expect("status");
    (status, head.to_string(), body.to_string())
}

/// `GET path`: (status, body).
pub fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let (status, _, body) = request(addr, "GET", path, "", "");
    (status, body)
}
