// The http.HandlerFunc pattern: a func type with a method that calls it,
// and an adapter that wraps one func value in another.
package main

import "fmt"

type HandlerFunc func(req string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

func logging(next HandlerFunc) HandlerFunc {
	return func(req string) string {
		return "[log] " + next.Serve(req)
	}
}

type Router struct{ routes map[string]HandlerFunc }

func (r *Router) Handle(path string, h HandlerFunc) {
	if r.routes == nil {
		r.routes = map[string]HandlerFunc{}
	}
	r.routes[path] = h
}

func (r *Router) Serve(path string) string {
	if h, ok := r.routes[path]; ok {
		return h.Serve(path)
	}
	return "404 " + path
}

func main() {
	var r Router
	r.Handle("/hi", func(req string) string { return "hello from " + req })
	r.Handle("/log", logging(func(req string) string { return "logged " + req }))
	fmt.Println(r.Serve("/hi"))
	fmt.Println(r.Serve("/log"))
	fmt.Println(r.Serve("/none"))
}
