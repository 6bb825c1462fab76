// Each kind of allocation issue 3 lists shows up in Mallocs when its result
// outlives the function: new, &T{}, composite literals, make, closures,
// append growth, string concatenation and string/[]byte conversion.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ A, B int }

var (
	sinkPtrs    []*T
	sinkSlices  [][]int
	sinkMaps    []map[int]int
	sinkFuncs   []func() int
	sinkStrings []string
	sinkBytes   [][]byte
)

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func grew(label string, f func(), atLeast uint64) {
	before := mallocs()
	f()
	after := mallocs()
	fmt.Println(label, after-before >= atLeast)
}

func main() {
	// Reserve the sinks first so their own growth is not measured.
	sinkPtrs = make([]*T, 0, 300)
	sinkSlices = make([][]int, 0, 300)
	sinkMaps = make([]map[int]int, 0, 300)
	sinkFuncs = make([]func() int, 0, 300)
	sinkStrings = make([]string, 0, 300)
	sinkBytes = make([][]byte, 0, 300)

	grew("new:", func() {
		for i := 0; i < 100; i++ {
			sinkPtrs = append(sinkPtrs, new(T))
		}
	}, 100)
	grew("&T{}:", func() {
		for i := 0; i < 100; i++ {
			sinkPtrs = append(sinkPtrs, &T{i, i})
		}
	}, 100)
	grew("slice literal:", func() {
		for i := 0; i < 100; i++ {
			sinkSlices = append(sinkSlices, []int{i, i, i})
		}
	}, 100)
	grew("make slice:", func() {
		for i := 0; i < 100; i++ {
			sinkSlices = append(sinkSlices, make([]int, i+1))
		}
	}, 100)
	grew("make map:", func() {
		for i := 0; i < 100; i++ {
			m := make(map[int]int)
			m[i] = i
			sinkMaps = append(sinkMaps, m)
		}
	}, 100)
	grew("closure:", func() {
		for i := 0; i < 100; i++ {
			v := i
			sinkFuncs = append(sinkFuncs, func() int { return v })
		}
	}, 100)
	grew("append growth:", func() {
		var s []int
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		sinkSlices = append(sinkSlices, s)
	}, 5)
	grew("concatenation:", func() {
		base := "some text that is long enough"
		suffixes := []string{"-one", "-two", "-three"}
		for i := 0; i < 100; i++ {
			sinkStrings = append(sinkStrings, base+suffixes[i%3])
		}
	}, 100)
	grew("[]byte(string):", func() {
		s := "a string longer than thirty-two bytes, so never stack-buffered"
		for i := 0; i < 100; i++ {
			sinkBytes = append(sinkBytes, []byte(s))
		}
	}, 100)
	grew("string([]byte):", func() {
		b := []byte("a byte slice longer than thirty-two bytes, to be safe")
		for i := 0; i < 100; i++ {
			sinkStrings = append(sinkStrings, string(b))
		}
	}, 100)

	total := 0
	for _, f := range sinkFuncs {
		total += f()
	}
	fmt.Println(len(sinkPtrs), len(sinkSlices), len(sinkMaps), total, len(sinkStrings), len(sinkBytes))
}
