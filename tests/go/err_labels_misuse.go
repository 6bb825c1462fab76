package main

func main() {
unused:
	for {
		break
	}
notloop:
	if true {
		break notloop
	}
	for {
		continue missing
	}
}
