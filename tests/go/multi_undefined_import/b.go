package main

func show() {
	fmt.Println("b uses fmt without importing it")
}
