vcl 4.1;
# Varnish configuration
import std;

backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 600s;
}

acl purgers { "localhost"; "192.168.0.0"/24; }

sub vcl_recv {
    // normalize the host header
    if (req.http.host ~ "^www\.") {
        set req.http.host = regsub(req.http.host, "^www\.", "");
    }
    if (req.method == "PURGE" && client.ip ~ purgers) {
        return (purge);
    }
    set req.http.X-Ratio = 0.5;
    unset req.http.Cookie;
    /* block comment */
    return (hash);
}

sub vcl_backend_response {
    set beresp.ttl = 1h;
    set beresp.grace = 0x1F;
}
