package main

import (
	"errors"
	"fmt"
	"sort"
)

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64] - n
}

func safeSort(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered: " + r.(string))
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 13 || xs[j] == 13 {
			panic("unlucky")
		}
		return xs[i] < xs[j]
	})
	return nil
}

func main() {
	// Less grows the stack deeply
	xs := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 19, 13, 17, 11, 18, 12, 16, 14, 15, 10}
	sort.Slice(xs, func(i, j int) bool { return deep(200)+xs[i] < deep(100)+xs[j] })
	fmt.Println(xs)
	// panic inside Less, recovered by the caller
	fmt.Println(safeSort([]int{3, 13, 1, 2}))
	fmt.Println(safeSort([]int{3, 1, 2}))
	// Less blocks on a channel served by another goroutine
	req := make(chan [2]int)
	resp := make(chan bool)
	go func() {
		for p := range req {
			resp <- p[0] < p[1]
		}
	}()
	ys := []int{5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 12, 11, 10, 15, 14, 13}
	sort.Slice(ys, func(i, j int) bool {
		req <- [2]int{ys[i], ys[j]}
		return <-resp
	})
	close(req)
	fmt.Println(ys)
	// two goroutines sorting with blocking Less, interleaved
	done := make(chan []int)
	tick := make(chan int)
	for g := 0; g < 2; g++ {
		go func(g int) {
			zs := []int{4, 2, 7, 1, 9, 3, 8, 5, 6, 0, 14, 11, 13, 12, 10}
			for i := range zs {
				zs[i] = zs[i]*10 + g
			}
			sort.Slice(zs, func(i, j int) bool {
				tick <- g
				return zs[i] < zs[j]
			})
			done <- zs
		}(g)
	}
	count := 0
	finished := 0
	res := map[int][]int{}
	for finished < 2 {
		select {
		case <-tick:
			count++
		case zs := <-done:
			res[zs[0]%10] = zs
			finished++
		}
	}
	fmt.Println(res[0], res[1], count > 0)
}
