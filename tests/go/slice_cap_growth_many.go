// append of several elements at once: when the needed length exceeds twice
// the old capacity the new capacity starts from the needed length, then is
// rounded up to a size class.
package main

import "fmt"

func show(label string, s []int) {
	fmt.Println(label, len(s), cap(s))
}

func main() {
	show("5 onto nil", append([]int(nil), 1, 2, 3, 4, 5))
	show("3 onto nil", append([]int(nil), 1, 2, 3))
	show("7 onto nil", append([]int(nil), make([]int, 7)...))
	show("9 onto nil", append([]int(nil), make([]int, 9)...))
	show("13 onto nil", append([]int(nil), make([]int, 13)...))
	show("100 onto nil", append([]int(nil), make([]int, 100)...))
	show("1000 onto nil", append([]int(nil), make([]int, 1000)...))

	a := make([]int, 4)
	show("1 onto len4cap4", append(a, 1))
	show("5 onto len4cap4", append(a, 1, 2, 3, 4, 5))
	show("9 onto len4cap4", append(a, make([]int, 9)...))

	b := make([]int, 300)
	show("1 onto 300", append(b, 1))
	show("400 onto 300", append(b, make([]int, 400)...))
	show("100 onto 300", append(b, make([]int, 100)...))

	bs := append([]byte(nil), "hello, world"...)
	fmt.Println("bytes", len(bs), cap(bs))
	bs = append([]byte("abc"), "defghijklmnopqrstuvwxyz0123456789"...)
	fmt.Println("bytes", len(bs), cap(bs))

	ss := append([]string(nil), "a", "b", "c")
	fmt.Println("strings", len(ss), cap(ss))
}
