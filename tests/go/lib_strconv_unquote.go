package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello"`, `"a\tb\n"`, "`raw\\n`", "`a\rb`", `'a'`, `'☺'`, `'\n'`, `'\x41'`, `'ab'`, `''`, `"\u263a"`, `"\U0001F600"`,
		`"\xff"`, `"\377"`, `"\400"`, `"\q"`, `"unterminated`, `"a"b"`, `"`, ``, `abc`, `"\'"`, `'\"'`, `'\''`, `"\""`, "\"a\nb\"", "\"\xff\"",
		`"\uD800"`, `"\x4"`, `"日本"`, "`a`b`"} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
}
