#!/usr/bin/perl
use strict;
use warnings;
use List::Util qw(sum max);

# Summarise a log file.
my %count;
my @lines = <STDIN>;
my $total = 0;
my $re = qr/^(\w+)\s+(\d+)$/i;

foreach my $line (@lines) {
    chomp $line;
    next unless $line =~ m{^(\S+)\s+(\d+)};
    $count{$1} += $2;
    $total += $2;
    (my $copy = $line) =~ s/\t+/ /g;
    $line =~ tr/a-z/A-Z/;
}

sub report {
    my ($title, %data) = @_;
    printf "%-10s %5d\n", $_, $data{$_} for sort keys %data;
    print "Total: $total (@{[ scalar @lines ]} lines)\n";
    return max(values %data) // 0;
}

my $hex = 0x1F + 0b101 + 017 + 1_000 + 3.14e2;
my @words = qw/alpha beta gamma/;
my $s = q{single 'quoted'} . qq(double "$hex");
print <<"END";
Report for $0
END
print <<'RAW';
no $interpolation here
RAW
report("counts", %count) if @ARGV > 0 or $total;
__END__
trailing data
