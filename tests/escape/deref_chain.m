./deref_chain.go:5:13: pp does not escape
./deref_chain.go:7:16: leaking param: pp
./deref_chain.go:13:2: moved to heap: b
./deref_chain.go:14:2: moved to heap: q
