// string <-> []byte conversions copy: changing the bytes never changes the
// string and vice versa; nil and empty cases.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b), len(b))

	t := string(b)
	b[1] = 'u'
	fmt.Println(t, string(b))

	var nb []byte
	fmt.Printf("%q %d\n", string(nb), len(string(nb)))
	eb := []byte("")
	fmt.Println(len(eb), eb == nil)

	u := []byte("héllo, 世界")
	fmt.Println(len(u), u[1], u[2])
	fmt.Println(string(u[7:]))

	// Bytes with every value survive the round trip.
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	back := []byte(string(all))
	same := len(back) == 256
	for i := range back {
		if back[i] != byte(i) {
			same = false
		}
	}
	fmt.Println(same)

	// Comparing via conversion.
	fmt.Println(string([]byte{'a', 'b'}) == "ab", string([]byte{}) == "")

	// Named byte slice types convert too.
	type Buf []byte
	var bb Buf = Buf("xyz")
	fmt.Println(string(bb), len(bb))
	fmt.Println(string(b[1:3]))
}
