package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	for _, f := range fs {
		println(f())
	}
}
