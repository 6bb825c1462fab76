// Slicing arrays and strings side by side: a slice of an array aliases it,
// a slice of a string is a string; cap of array slices.
package main

import "fmt"

func main() {
	arr := [6]byte{'g', 'o', 'l', 'a', 'n', 'g'}
	s := arr[2:5]
	fmt.Println(string(s), len(s), cap(s))
	s[0] = 'L'
	fmt.Println(string(arr[:]))

	str := "golang"
	sub := str[2:5]
	fmt.Println(sub, len(sub))

	bs := []byte(str)
	bs[0] = 'G'
	fmt.Println(str, string(bs))

	ptr := &arr
	all := ptr[:]
	fmt.Println(len(all), cap(all), all[5])

	var ints [10]int
	window := ints[3:6]
	for i := range window {
		window[i] = i + 1
	}
	fmt.Println(ints)
	window = window[:cap(window)]
	fmt.Println(len(window))
}
