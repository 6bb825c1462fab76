// Many insertions and deletions (the map grows through several sizes):
// check counts, membership and sums, never order.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	const n = 20000
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	fmt.Println(len(m))

	missing := 0
	for i := 0; i < n; i++ {
		if _, ok := m[i]; !ok {
			missing++
		}
	}
	fmt.Println(missing)

	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))

	keySum, valSum := 0, 0
	for k, v := range m {
		keySum += k
		valSum += v
	}
	fmt.Println(keySum)
	fmt.Println(valSum > 0)

	for i := 0; i < n; i += 2 {
		m[i] = -1
	}
	fmt.Println(len(m))

	strs := map[string]int{}
	for i := 0; i < 5000; i++ {
		strs[fmt.Sprintf("key-%d", i%2500)]++
	}
	twos := 0
	for _, c := range strs {
		if c == 2 {
			twos++
		}
	}
	fmt.Println(len(strs), twos)
}
