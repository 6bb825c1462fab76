./chan_prime_sieve.go:5:15: ch does not escape
./chan_prime_sieve.go:11:13: in does not escape
./chan_prime_sieve.go:11:28: out does not escape
./chan_prime_sieve.go:25:14: ... argument does not escape
./chan_prime_sieve.go:25:14: prime escapes to heap
