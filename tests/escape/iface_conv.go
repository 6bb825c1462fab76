package main

type T struct{ a, b int }

var sink interface{}

func toIface(x int) interface{} { return x }

func local() {
	var i interface{} = 3
	_ = i
	t := T{1, 2}
	var j interface{} = t
	_ = j
}

func leak(s string) {
	sink = s
}

func main() {
	local()
	leak("x")
	p := &T{}
	var k interface{} = p
	_ = k
	println(toIface(4) != nil)
}
