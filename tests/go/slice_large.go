// Large slices: make a million ints, fill, sum, reslice, grow by append
// and copy between large slices.
package main

import "fmt"

func main() {
	const n = 1 << 20
	s := make([]int, n)
	for i := range s {
		s[i] = i & 1023
	}
	total := 0
	for _, v := range s {
		total += v
	}
	fmt.Println(len(s), total)

	t := make([]int, n/2)
	c := copy(t, s[n/2:])
	fmt.Println(c, t[0], t[len(t)-1])

	var grown []int
	for i := 0; i < n; i++ {
		grown = append(grown, i)
	}
	fmt.Println(len(grown), cap(grown) >= n, grown[n-1])

	bs := make([]byte, 0, 16)
	for i := 0; i < 100000; i++ {
		bs = append(bs, byte('a'+i%26))
	}
	fmt.Println(len(bs), string(bs[:5]), string(bs[len(bs)-3:]))

	strs := make([]string, 50000)
	for i := range strs {
		if i%2 == 0 {
			strs[i] = "x"
		}
	}
	cnt := 0
	for _, s := range strs {
		cnt += len(s)
	}
	fmt.Println(cnt)
}
