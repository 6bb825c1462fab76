./prog_sieve.go:23:21: s[:m] + "0" + s[m + 1:] escapes to heap
./prog_sieve.go:38:23: ... argument does not escape
./prog_sieve.go:38:24: i escapes to heap
./prog_sieve.go:40:16: ... argument does not escape
./prog_sieve.go:40:16: line escapes to heap
./prog_sieve.go:46:14: ... argument does not escape
./prog_sieve.go:46:14: line escapes to heap
./prog_sieve.go:48:13: ... argument does not escape
./prog_sieve.go:48:14: "primes up to" escapes to heap
./prog_sieve.go:48:30: n escapes to heap
./prog_sieve.go:48:33: "=" escapes to heap
./prog_sieve.go:48:33: count escapes to heap
