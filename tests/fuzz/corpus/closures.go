package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	done := make(chan bool)
	go func(x int) {
		done <- x > 0
	}(c())
	select {
	case v := <-done:
		println(v)
	default:
	}
	goto end
end:
	panic("boom")
}
