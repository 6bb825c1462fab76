package main

type S struct{ n int }

func (s S) String() string { return "S-stringer" }

func main() {
	panic(S{1})
}
