// String verbs on string and byte slices: %s and %q on []string, %x and %X
// on []byte and strings (with and without the space flag and #), %s and %q
// on []byte (printed as a string), %v on []byte (printed as numbers).
package main

import "fmt"

func main() {
	ss := []string{"a", "b c", "", "q\"t", "é\n"}
	fmt.Printf("%s\n", ss)
	fmt.Printf("%q\n", ss)
	fmt.Printf("%v\n", ss)
	fmt.Printf("%#v\n", ss)
	fmt.Printf("%5s|\n", []string{"ab", "c"})
	fmt.Printf("%-4s|\n", []string{"ab", "c"})
	fmt.Printf("%.1s\n", []string{"abc", "de"})
	fmt.Printf("%x\n", []string{"hi", "AZ"})
	fmt.Printf("%+q\n", []string{"é"})
	fmt.Printf("%#q\n", []string{"raw", "with`tick"})

	b := []byte("Hi!\x00\xff")
	fmt.Printf("%s\n", b)
	fmt.Printf("%q\n", b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%d\n", b)
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x\n", b)
	fmt.Printf("%# x\n", b)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%10x|\n", []byte{1, 2})
	fmt.Printf("%.2x\n", []byte{1, 2, 3})

	s := "Hi!\xff"
	fmt.Printf("%x %X % x %#x\n", s, s, s, s)
	fmt.Printf("%x|%x\n", "", []byte{})
	var nb []byte
	fmt.Printf("%s|%x|%q|%v\n", nb, nb, nb, nb)

	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v\n", arr, arr, arr)
	fmt.Println(b, string(b[:3]))
}
