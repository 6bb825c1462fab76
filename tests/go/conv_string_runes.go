// string <-> []rune conversions decode and encode UTF-8; len counts bytes for
// strings and code points for rune slices.
package main

import "fmt"

func main() {
	s := "héllo, 世界! 🙂"
	r := []rune(s)
	fmt.Println(len(s), len(r))
	fmt.Println(r[1], string(r[1]), r[len(r)-1])
	fmt.Printf("%c %U %q\n", r[7], r[7], r[8])

	r[0] = 'H'
	r[len(r)-1] = '☺'
	fmt.Println(string(r), s)

	fmt.Println(string([]rune{}) == "", len([]rune("")))
	var nr []rune
	fmt.Printf("%q\n", string(nr))

	// Single runes to strings.
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))

	// Reverse by runes keeps multibyte characters intact.
	in := []rune("añb€")
	for i, j := 0, len(in)-1; i < j; i, j = i+1, j-1 {
		in[i], in[j] = in[j], in[i]
	}
	fmt.Println(string(in))

	// []rune of a string and back is the identity for valid UTF-8.
	fmt.Println(string([]rune(s)) == s)

	fmt.Println([]rune("abc"), []byte("abc"))
}
