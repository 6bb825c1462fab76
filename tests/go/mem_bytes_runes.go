package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), cap([]byte("hello")))
	b[0] = 'H'
	r[1] = 'e'
	fmt.Println(string(b), string(r))
	var out []byte
	for i := 0; i < 20; i++ {
		out = append(out, byte('a'+i))
		if i%5 == 0 {
			fmt.Println(len(out), cap(out))
		}
	}
	out = append(out, "xyz"...)
	fmt.Println(string(out), len(out), cap(out))
	n := copy(out[2:], "ABCDEF")
	fmt.Println(n, string(out[:10]))
	words := []string{"a", "bb"}
	words = append(words, words...)
	fmt.Println(words, len(words), cap(words))
}
