// A function literal in a range statement's assigned key (for a[f()] =
// range ...) is analysed like any other: the variable it increments is
// captured by reference (Go's test/closure2.go).
package main

func main() {
	{
		var g func() int
		q := 0
		for range [2]int{} {
			q++
			g = func() int {
				return q
			}
		}
		println(g())
	}
	{
		var g func() int
		var a [2]int
		q := 0
		for a[func() int {
			q++
			return 0
		}()] = range [2]int{} {
			g = func() int {
				return q
			}
		}
		println(g())
	}
}
