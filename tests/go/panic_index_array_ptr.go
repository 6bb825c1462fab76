// Indexing through a pointer to an array past its end.
package main

import "fmt"

func set(p *[4]byte, i int, v byte) { p[i] = v }

func main() {
	var buf [4]byte
	for i := 0; i < 6; i++ {
		set(&buf, i, byte('a'+i))
		fmt.Println(string(buf[:]))
	}
}
