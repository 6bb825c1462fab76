// Variables a range statement declares belong to the level where the loop
// starts: a func value made in an enclosing loop and read back through
// them stays in the frame, and a closure in the body captures them by
// reference (the range assigns them on every iteration).
package main

type S struct{ n int }

func (s *S) Inc() { s.n++ }

func nested(rounds int) int {
	var s S
	for i := 0; i < rounds; i++ {
		fs := []func(){s.Inc, s.Inc}
		for _, f := range fs {
			f()
		}
	}
	return s.n
}

func captured(xs []int) int {
	var fs []func() int
	for _, x := range xs {
		fs = append(fs, func() int { return x })
	}
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func main() {
	println(nested(3), captured([]int{1, 2, 3}))
}
