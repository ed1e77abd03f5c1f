# Mail filtering rules
require ["fileinto", "reject", "envelope"];

if header :contains "subject" "[SPAM]" {
    fileinto "Junk";
    stop;
} elsif address :is :domain "from" "example.com" {
    fileinto "Work";
} elsif size :over 1M {
    reject text:
Message too large.
.
;
} else {
    keep;
}
