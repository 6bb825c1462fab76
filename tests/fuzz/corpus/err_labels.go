package main

func main() {
L:
	for {
	}
L:
	goto M
	x := 1
M:
	_ = x
	break
	continue
	switch {
	case true:
		fallthrough
	}
}
