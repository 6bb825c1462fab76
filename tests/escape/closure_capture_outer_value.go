package main

type pt struct{ x, y int }

func fieldAssign() int {
	p := pt{1, 2}
	set := func(v int) { p.x = v }
	set(3)
	return p.x
}

func indexAssign() int {
	var a [4]int
	put := func(i, v int) { a[i] = v }
	put(1, 5)
	return a[1]
}

func readOnly() int {
	a := [2]int{1, 2}
	p := pt{3, 4}
	get := func() int { return a[0] + p.y }
	return get()
}

func large() int {
	var a [32]int
	get := func() int { return a[3] }
	return get()
}

func main() {
	println(fieldAssign(), indexAssign(), readOnly(), large())
}
