// A label that a later goto jumps back to makes a loop: what follows it,
// up to the end of the enclosing if, case or loop body, is one loop level
// deeper, so a value made there and kept outside escapes; a plain block
// does not end the loop.
package main

var again = true

type node struct{ next *node }

func retry() bool {
	var last *node
	n := 0
top:
	n++
	if n < 3 {
		goto top
	}
	last = &node{next: last} // in the goto loop, kept outside it: escapes
	return last.next == nil
}

func inner() int {
	var p *int
	if again {
	spin:
		if !again {
			goto spin
		}
	}
	p = new(int) // after the if that ends the loop: stays
	*p = 7
	return *p
}

func block() int {
	var p *int
	{
	again:
		if p != nil {
			goto again
		}
	}
	p = new(int) // a plain block does not end it: escapes
	return *p
}

func inCase(k int) int {
	var p *int
	switch k {
	case 1:
	back:
		if k > 5 {
			goto back
		}
	default:
		p = new(int) // another case: stays
	}
	if p == nil {
		return 0
	}
	return *p
}

func main() {
	println(retry(), inner(), block(), inCase(1), inCase(2))
}
