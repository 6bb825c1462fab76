package main

import (
	"bytes"
	"fmt"
)

func main() {
	a, b := []byte("seafood"), []byte("foo")
	fmt.Println(bytes.Contains(a, b), bytes.Contains(a, []byte("bar")), bytes.Contains(a, nil), bytes.Contains(nil, nil))
	fmt.Println(bytes.Equal(a, []byte("seafood")), bytes.Equal(nil, []byte{}), bytes.Equal(a, b))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(nil, nil), bytes.Compare([]byte("a"), []byte("ab")))
	fmt.Println(bytes.Index(a, b), bytes.Index(a, []byte("x")), bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Println(bytes.HasPrefix(a, []byte("sea")), bytes.HasSuffix(a, []byte("food")), bytes.HasPrefix(a, nil), bytes.IndexRune([]byte("chicken"), 'k'))
	r := bytes.Repeat([]byte("ab"), 3)
	fmt.Printf("%s %d %d\n", r, len(r), cap(r))
	z := bytes.Repeat([]byte("ab"), 0)
	fmt.Println(z == nil, len(z), cap(z))
	u := bytes.ToUpper([]byte("hello wörld"))
	l := bytes.ToLower([]byte("HELLO"))
	s := bytes.ToUpper([]byte("ALREADY"))
	fmt.Printf("%s %s %s %d %d\n", u, l, s, len(s), cap(s))
	fmt.Printf("%q\n", bytes.ToUpper([]byte("a\xffb")))
	t := bytes.TrimSpace([]byte("  \t hi there \n"))
	fmt.Printf("%q %d %d\n", t, len(t), cap(t))
	e := bytes.TrimSpace([]byte("   "))
	fmt.Println(e == nil, len(e))
}
