package main

func apply(f func(int) int, v int) int { return f(v) }

var global func() int

func main() {
	k := 3
	n := 0
	sq := func(x int) int { n++; return x * x * k }
	println(apply(sq, 4), n)
	m := 10
	global = func() int { m++; return m }
	println(global(), global())
	s := 0
	for i := 0; i < 3; i++ {
		func() { t := i; s += t }()
	}
	println(s)
}
