package main

func main() {
	a := 0x
	b := 'ab'
	c := "unterminated
	d := 1__0 @ 2
	e := '\q'
	f := 0b102
}
