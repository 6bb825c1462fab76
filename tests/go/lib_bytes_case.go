package main

import (
	"bytes"
	"fmt"
)

func show(b []byte) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", b, len(b), cap(b), b == nil)
}

func main() {
	show(bytes.ToUpper(nil))
	show(bytes.ToLower([]byte{}))
	show(bytes.ToUpper([]byte("abc")))
	show(bytes.ToUpper([]byte("ABC")))
	show(bytes.ToLower([]byte("ABC")))
	show(bytes.ToUpper([]byte("héllo")))
	show(bytes.ToUpper([]byte("ǆǆǆ")))
	show(bytes.ToLower([]byte("ȺȺȺȺȺȺȺȺ")))
	show(bytes.ToUpper([]byte("ɐɐɐɐ")))
	show(bytes.ToUpper([]byte("a\xffb")))
	show(bytes.ToLower([]byte("ÀÉÎ already lower é")))
}
