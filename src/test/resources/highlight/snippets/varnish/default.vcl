vcl 4.1;
# Varnish configuration
import std;

backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 600s;
}

