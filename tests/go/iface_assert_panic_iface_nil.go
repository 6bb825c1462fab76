package main

type I interface{ M() }

func main() {
	var x interface{}
	_ = x.(I)
}
