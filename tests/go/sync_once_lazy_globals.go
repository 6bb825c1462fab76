// Several Once-guarded lazy globals read by many goroutines: each
// initialiser runs once, before any reader sees its value; an
// initialiser may use another Once.
package main

import (
	"fmt"
	"sync"
)

var (
	tableOnce sync.Once
	table     map[string]int
	namesOnce sync.Once
	names     []string
	inits     int
)

func getTable() map[string]int {
	tableOnce.Do(func() {
		inits++
		table = map[string]int{"a": 1, "b": 2, "c": 3}
	})
	return table
}

func getNames() []string {
	namesOnce.Do(func() {
		inits++
		for _, k := range []string{"a", "b", "c"} {
			if _, ok := getTable()[k]; ok {
				names = append(names, k)
			}
		}
	})
	return names
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum := 0
			for _, n := range getNames() {
				sum += getTable()[n]
			}
			results[i] = sum
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("inits:", inits, getNames())
}
