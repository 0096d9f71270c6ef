/**
 * The body of a run's PID 1 (see containment.ts's INIT and spawner.ts), in Perl: given $status, $envf
 * and @cmd, it reads the environment file, starts the experiment as its child, reaps orphans,
 * writes the experiment's status and the processes still running, and exits with `leave`. The
 * script around it defines `leave` and `started` (called once the chain is up, just before the
 * experiment is started: the spawner marks it, so a first run that never got there is known to
 * have run nothing of the experiment).
 */
export const INIT_BODY = String.raw`open(my $e, '<', $envf) or die "repro-gate: $envf: $!\n";
my $data = do { local $/; <$e> }; close $e; unlink $envf;
%ENV = ();
for (split /\0/, $data) { my $i = index($_, '='); $ENV{substr($_, 0, $i)} = substr($_, $i + 1) if $i > 0 }
started();
my $child = fork();
die "repro-gate: fork: $!\n" unless defined $child;
if ($child == 0) { exec { $cmd[0] } @cmd; print STDERR "repro-gate: could not start $cmd[0]: $!\n"; exit 127 }
my $st;
while (1) { my $p = waitpid(-1, 0); if ($p == -1) { $st = 127 << 8; last } if ($p == $child) { $st = $?; last } }
my @left;
opendir(my $d, '/proc');
for my $p (sort { $a <=> $b } grep { /^\d+$/ && $_ != $$ } readdir $d) {
  open(my $s, '<', "/proc/$p/stat") or next; my $stat = <$s>; close $s;
  next unless defined $stat && $stat =~ /^\d+ \((.*)\) (\S)/s; next if $2 eq 'Z' || $2 eq 'X';
  my $comm = $1; my $cmd = '';
  if (open(my $c, '<', "/proc/$p/cmdline")) { local $/; $cmd = <$c> // ''; close $c }
  $cmd =~ s/\0+$//; $cmd =~ tr/\0/ /; $cmd = substr($cmd, 0, 300);
  for ($comm, $cmd) { tr/\t\n\r/   / }
  push @left, "left\t$comm\t$cmd\n";
}
closedir $d;
open(my $o, '>', $status) or die "repro-gate: $status: $!\n";
print $o (($st & 127) ? 'signal ' . ($st & 127) : 'exit ' . ($st >> 8)), "\n", @left; close $o;
leave(($st & 127) ? 128 + ($st & 127) : $st >> 8);
`
