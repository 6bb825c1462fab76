package main

type I interface{ M() }
type T struct{}
type U struct{}

func (T) M() {}
func (U) M() {}

func main() {
	var i I = T{}
	_ = i.(U)
}
