// append of one element at a time: values, lengths, and the result must be
// used (the argument slice keeps its old length).
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))

	t := append(s[:3], 100)
	fmt.Println(len(s), len(t), s[3], t[3])

	var words []string
	words = append(words, "a")
	words = append(words, "b")
	fmt.Println(words, len(words))

	type pt struct{ x, y int }
	var ps []pt
	ps = append(ps, pt{1, 2})
	ps = append(ps, pt{y: 3})
	fmt.Println(ps)

	var bs []byte
	bs = append(bs, 'h')
	bs = append(bs, 105)
	fmt.Println(string(bs), bs)

	var fs []float64
	fs = append(fs, 1.5)
	fmt.Println(fs)

	var nested [][]int
	nested = append(nested, []int{1})
	nested = append(nested, nil)
	nested[0] = append(nested[0], 2)
	fmt.Println(nested, len(nested[1]))
}
