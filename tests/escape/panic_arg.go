package main

func check(ok bool, msg string) {
	if !ok {
		panic(msg)
	}
}

func main() {
	check(true, "x")
	defer func() {
		recover()
	}()
	panic("boom")
}
