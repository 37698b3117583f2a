//! Which addresses storyline may connect to (the SSRF guard).
//!
//! A URL from a feed, an OPML file or a redirect can point anywhere, including at the
//! machine storyline runs on, the LAN, or a cloud metadata service. Unless private
//! addresses are explicitly allowed, the guard refuses loopback, private, link-local, CGNAT,
//! multicast, unspecified, broadcast, documentation/reserved and metadata addresses.
//!
//! The check is made on the *resolved* addresses: the HTTP client resolves host names only
//! through [`GuardResolver`], which drops forbidden addresses, so the client connects to
//! exactly the addresses that were checked (no DNS-rebinding gap between check and connect).
//! IP literals in URLs never reach a resolver, so [`Guard::check_url`] checks them, on the
//! first URL and on every redirect target. Name lookup goes through the [`Lookup`] trait, so
//! tests can put any address behind any name.

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;

use url::{Host, Url};

/// Why a connection was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Blocked {
    #[error(
        "refused to connect to {host} ({ip}): {reason} address; pass --allow-private \
         (or set [fetch] allow_private = true) to allow it"
    )]
    Address { host: String, ip: IpAddr, reason: &'static str },
    #[error("refused {url}: only http and https URLs are fetched")]
    Scheme { url: String },
    #[error("{url} has no host")]
    NoHost { url: String },
    #[error("cannot resolve {host}: {message}")]
    Dns { host: String, message: String },
}

/// Why `ip` must not be connected to without `allow_private`, or `None` when it is public.
pub fn forbidden_reason(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_reason(v4),
        IpAddr::V6(v6) => v6_reason(v6),
    }
}

fn v4_reason(ip: Ipv4Addr) -> Option<&'static str> {
    let o = ip.octets();
    let reason = if o == [169, 254, 169, 254] {
        "cloud metadata"
    } else if o[0] == 0 {
        "unspecified"
    } else if o[0] == 127 {
        "loopback"
    } else if o[0] == 10 || (o[0] == 172 && (o[1] & 0xf0) == 16) || (o[0] == 192 && o[1] == 168) {
        "private"
    } else if o[0] == 169 && o[1] == 254 {
        "link-local"
    } else if o[0] == 100 && (o[1] & 0xc0) == 64 {
        "shared (CGNAT)"
    } else if (224..240).contains(&o[0]) {
        "multicast"
    } else if o == [255, 255, 255, 255] {
        "broadcast"
    } else if o[0] >= 240 {
        "reserved"
    } else if o[0] == 192 && o[1] == 0 && o[2] == 0 {
        "IETF protocol"
    } else if (o[0] == 192 && o[1] == 0 && o[2] == 2)
        || (o[0] == 198 && o[1] == 51 && o[2] == 100)
        || (o[0] == 203 && o[1] == 0 && o[2] == 113)
    {
        "documentation"
    } else if o[0] == 198 && (o[1] & 0xfe) == 18 {
        "benchmarking"
    } else {
        return None;
    };
    Some(reason)
}

fn v6_reason(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    let embedded_v4 = |hi: u16, lo: u16| Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8);
    if let Some(v4) = ip.to_ipv4_mapped() {
        return v4_reason(v4);
    }
    let reason = if ip.is_unspecified() {
        "unspecified"
    } else if ip.is_loopback() {
        "loopback"
    } else if s == [0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254] {
        "cloud metadata"
    } else if s[..6] == [0; 6] {
        // IPv4-compatible (deprecated): judge the embedded IPv4 address.
        return v4_reason(embedded_v4(s[6], s[7])).or(Some("reserved"));
    } else if s[0] == 0x0064 && s[1] == 0xff9b {
        // NAT64: the gateway would connect to the embedded IPv4 address.
        return v4_reason(embedded_v4(s[6], s[7]));
    } else if s[0] == 0x2002 {
        // 6to4: the embedded IPv4 address is the relay target.
        return v4_reason(embedded_v4(s[1], s[2]));
    } else if (s[0] & 0xff00) == 0xff00 {
        "multicast"
    } else if (s[0] & 0xfe00) == 0xfc00 {
        "private (unique local)"
    } else if (s[0] & 0xffc0) == 0xfe80 {
        "link-local"
    } else if (s[0] & 0xffc0) == 0xfec0 {
        "site-local"
    } else if s[0] == 0x2001 && s[1] == 0x0db8 {
        "documentation"
    } else if s[0] == 0x0100 && s[1..4] == [0, 0, 0] {
        "discard"
    } else {
        return None;
    };
    Some(reason)
}

/// A boxed name lookup.
pub type LookupFuture = Pin<Box<dyn Future<Output = io::Result<Vec<IpAddr>>> + Send>>;

/// Name → addresses. The system resolver in production, a table in tests.
pub trait Lookup: Send + Sync {
    fn lookup(&self, host: &str) -> LookupFuture;
}

/// The operating system's resolver (getaddrinfo on a blocking thread).
pub struct SystemLookup;

impl Lookup for SystemLookup {
    fn lookup(&self, host: &str) -> LookupFuture {
        let host = host.to_string();
        Box::pin(async move { Ok(tokio::net::lookup_host((host.as_str(), 0)).await?.map(|a| a.ip()).collect()) })
    }
}

/// The address policy plus the resolver it applies to.
pub struct Guard {
    allow_private: bool,
    lookup: Arc<dyn Lookup>,
    /// Addresses treated as public although they are not (tests only: lets a test server on
    /// 127.0.0.1 play a public host while other loopback addresses stay refused).
    trusted: Vec<IpAddr>,
}

impl Guard {
    pub fn new(allow_private: bool, lookup: Arc<dyn Lookup>) -> Guard {
        Guard { allow_private, lookup, trusted: Vec::new() }
    }

    /// Tests: treat `ips` as public.
    #[doc(hidden)]
    pub fn with_trusted(mut self, ips: Vec<IpAddr>) -> Guard {
        self.trusted = ips;
        self
    }

    pub fn allow_private(&self) -> bool {
        self.allow_private
    }

    /// `Err` when `ip` may not be connected to.
    pub fn check_ip(&self, host: &str, ip: IpAddr) -> Result<(), Blocked> {
        if self.allow_private || self.trusted.contains(&ip) {
            return Ok(());
        }
        match forbidden_reason(ip) {
            Some(reason) => Err(Blocked::Address { host: host.to_string(), ip, reason }),
            None => Ok(()),
        }
    }

    /// Scheme and, for IP literals, address checks that need no lookup.
    pub fn check_url(&self, url: &Url) -> Result<(), Blocked> {
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(Blocked::Scheme { url: url.to_string() });
        }
        match url.host() {
            None => Err(Blocked::NoHost { url: url.to_string() }),
            Some(Host::Ipv4(ip)) => self.check_ip(&ip.to_string(), IpAddr::V4(ip)),
            Some(Host::Ipv6(ip)) => self.check_ip(&ip.to_string(), IpAddr::V6(ip)),
            Some(Host::Domain(_)) => Ok(()),
        }
    }

    /// Resolve `host` and keep only the addresses that may be connected to; `Err` when none
    /// is left.
    pub async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, Blocked> {
        let ips = self
            .lookup
            .lookup(host)
            .await
            .map_err(|e| Blocked::Dns { host: host.to_string(), message: e.to_string() })?;
        if ips.is_empty() {
            return Err(Blocked::Dns { host: host.to_string(), message: "no addresses".to_string() });
        }
        let mut allowed = Vec::with_capacity(ips.len());
        let mut first_refusal = None;
        for ip in ips {
            match self.check_ip(host, ip) {
                Ok(()) => allowed.push(ip),
                Err(e) => {
                    first_refusal.get_or_insert(e);
                }
            }
        }
        match (allowed.is_empty(), first_refusal) {
            (true, Some(e)) => Err(e),
            _ => Ok(allowed),
        }
    }
}

/// The resolver handed to the HTTP client: every name goes through [`Guard::resolve`].
pub struct GuardResolver(pub Arc<Guard>);

impl reqwest::dns::Resolve for GuardResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let ips =
                guard.resolve(&host).await.map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
            let addrs: reqwest::dns::Addrs = Box::new(ips.into_iter().map(|ip| SocketAddr::new(ip, 0)));
            Ok(addrs)
        })
    }
}

/// A fixed name → addresses table (tests and benchmarks).
#[derive(Default)]
pub struct StaticLookup(pub std::collections::HashMap<String, Vec<IpAddr>>);

impl Lookup for StaticLookup {
    fn lookup(&self, host: &str) -> LookupFuture {
        let found = self.0.get(&host.to_ascii_lowercase()).cloned();
        let host = host.to_string();
        Box::pin(async move {
            found.ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("{host}: no such host")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn classification() {
        for (addr, reason) in [
            ("127.0.0.1", "loopback"),
            ("127.8.9.1", "loopback"),
            ("10.1.2.3", "private"),
            ("172.16.0.1", "private"),
            ("172.31.255.255", "private"),
            ("192.168.1.1", "private"),
            ("169.254.169.254", "cloud metadata"),
            ("169.254.1.1", "link-local"),
            ("100.64.0.1", "shared (CGNAT)"),
            ("100.127.255.254", "shared (CGNAT)"),
            ("224.0.0.1", "multicast"),
            ("0.0.0.0", "unspecified"),
            ("255.255.255.255", "broadcast"),
            ("::1", "loopback"),
            ("::", "unspecified"),
            ("fd00:ec2::254", "cloud metadata"),
            ("fc00::1", "private (unique local)"),
            ("fe80::1", "link-local"),
            ("ff02::1", "multicast"),
            ("::ffff:127.0.0.1", "loopback"),
            ("::ffff:169.254.169.254", "cloud metadata"),
            ("64:ff9b::a00:1", "private"),
            ("2002:c0a8:101::1", "private"),
        ] {
            assert_eq!(forbidden_reason(ip(addr)), Some(reason), "{addr}");
        }
        for addr in ["93.184.216.34", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"] {
            assert_eq!(forbidden_reason(ip(addr)), None, "{addr}");
        }
    }

    fn mock(entries: &[(&str, &[&str])]) -> Arc<dyn Lookup> {
        Arc::new(StaticLookup(
            entries.iter().map(|(h, ips)| (h.to_string(), ips.iter().map(|s| ip(s)).collect())).collect(),
        ))
    }

    #[tokio::test]
    async fn resolver_filters_resolved_addresses() {
        let lookup = mock(&[
            ("public.test", &["93.184.216.34"]),
            ("rebind.test", &["10.0.0.7"]),
            ("metadata.test", &["169.254.169.254"]),
            ("mixed.test", &["127.0.0.1", "93.184.216.34"]),
            ("v6.test", &["fd00:ec2::254"]),
        ]);
        let guard = Guard::new(false, lookup.clone());
        assert_eq!(guard.resolve("public.test").await, Ok(vec![ip("93.184.216.34")]));
        let err = guard.resolve("rebind.test").await.expect_err("private refused");
        assert!(matches!(err, Blocked::Address { reason: "private", .. }), "{err}");
        assert!(err.to_string().contains("--allow-private"), "{err}");
        let err = guard.resolve("metadata.test").await.expect_err("metadata refused");
        assert!(matches!(err, Blocked::Address { reason: "cloud metadata", .. }));
        assert!(guard.resolve("v6.test").await.is_err());
        // Only the public address is handed to the connector.
        assert_eq!(guard.resolve("mixed.test").await, Ok(vec![ip("93.184.216.34")]));
        assert!(matches!(guard.resolve("nowhere.test").await, Err(Blocked::Dns { .. })));

        let open = Guard::new(true, lookup);
        assert_eq!(open.resolve("rebind.test").await, Ok(vec![ip("10.0.0.7")]));
    }

    #[test]
    fn literal_urls() {
        let guard = Guard::new(false, Arc::new(SystemLookup));
        let check = |u: &str| guard.check_url(&Url::parse(u).expect("url"));
        assert!(check("http://127.0.0.1:8080/feed").is_err());
        assert!(check("http://[::1]/").is_err());
        assert!(check("http://169.254.169.254/latest/meta-data/").is_err());
        // Decimal and hex forms are normalised by the URL parser before the check.
        assert!(check("http://2130706433/").is_err());
        assert!(check("http://0x7f.1/").is_err());
        assert!(check("file:///etc/passwd").is_err());
        assert!(check("ftp://example.com/").is_err());
        assert!(check("https://example.com/feed").is_ok());
        assert!(check("http://93.184.216.34/").is_ok());
        let trusted = Guard::new(false, Arc::new(SystemLookup)).with_trusted(vec![ip("127.0.0.1")]);
        assert!(trusted.check_url(&Url::parse("http://127.0.0.1/").expect("url")).is_ok());
        assert!(trusted.check_url(&Url::parse("http://127.0.0.2/").expect("url")).is_err());
    }
}
